// Requests outside a locale (rare: the proxy adds one) get a plain page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>404</h1>
      </body>
    </html>
  );
}
