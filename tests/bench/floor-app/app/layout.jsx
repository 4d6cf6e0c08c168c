// The floor: the smallest Next.js app of the same versions as apps/web (one server page, one small client
// component). The bench measures Jiji's pages as ratios to it.
export const metadata = { title: "Floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
