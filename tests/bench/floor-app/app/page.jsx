import { Counter } from "./counter";

export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>時事クイズ</h1>
      <p>One server-rendered paragraph and one small client component.</p>
      <Counter />
    </main>
  );
}
