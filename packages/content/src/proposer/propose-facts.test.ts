import { beforeAll, describe, expect, it } from "vitest";
import { generateQuestions } from "../generator/generate-questions";
import { loadAnalyser, type Token, tokenize } from "../japanese/morphology";
import type { Fact } from "../schemas/article-schema";
import { validateArticleData } from "../validation/validate-article";
import { type Proposals, proposeFacts } from "./propose-facts";

let analyse: (text: string) => Token[];
beforeAll(async () => {
  const tokenizer = await loadAnalyser();
  analyse = (text) => tokenize(tokenizer, text);
}, 30_000);

const propose = (...paragraphs: string[]): Proposals =>
  proposeFacts(
    { sourceId: "news", publishedDate: "2025-09-01", sections: [{ id: "main", paragraphs }] },
    analyse,
  );

const ofKind = <K extends Fact["kind"]>(proposals: Proposals, kind: K) =>
  proposals.facts.map((p) => p.fact).filter((fact): fact is Extract<Fact, { kind: K }> => fact.kind === kind);

describe("proposeFacts", () => {
  it("turns a relative date into a dated event whose statement says the date in full", () => {
    const proposals = propose("フランスのマクロン大統領は昨年11月、東京を訪問した。");
    const [event] = ofKind(proposals, "event");
    expect(event?.date).toEqual({ value: "2024-11", asWritten: "昨年11月", isInferred: false });
    expect(event?.statement.ja).toBe("フランスのマクロン大統領は2024年11月、東京を訪問した。");
    expect(event?.sentence).toBe("フランスのマクロン大統領は昨年11月、東京を訪問した。");
    expect(event?.subject).toBe("フランスのマクロン大統領");
    expect(event?.action).toBe("訪問した");
  });

  it("proposes people with titles, their organisation, and editable readings", () => {
    const proposals = propose("中国の習近平国家主席と米国のバイデン大統領が会談した。");
    const names = proposals.entities.filter((e) => e.type === "person").map((e) => [e.name, e.titles]);
    expect(names).toEqual([
      ["習近平", ["国家主席"]],
      ["バイデン", ["大統領"]],
    ]);
    expect(proposals.entities.find((e) => e.name === "バイデン")?.reading).toBe("バイデン");
    const roles = ofKind(proposals, "person-role").map((f) => [f.person, f.role, f.organization]);
    expect(roles).toEqual([
      ["習近平", ["国家主席"], "中国"],
      ["バイデン", ["大統領"], "米国"],
    ]);
    expect(proposals.entities.find((e) => e.name === "中国")?.type).toBe("country");
  });

  it("proposes organisations as entities", () => {
    const proposals = propose("世界保健機関は新しい指針を発表した。");
    expect(proposals.entities.map((e) => [e.type, e.name])).toContainEqual(["organization", "世界保健機関"]);
  });

  it("attributes a quotation to the person named before it", () => {
    const proposals = propose("会見で山田太郎市長は「来年度も予算を増やす」と述べた。");
    const [quote] = ofKind(proposals, "statement");
    expect(quote).toMatchObject({
      speaker: "山田太郎市長",
      content: ["来年度も予算を増やす"],
      isDirectQuote: true,
    });
  });

  it("reads a figure with its qualifier and what it counts", () => {
    const proposals = propose("政府は約3万5000人規模の支援要員を派遣した。");
    const [quantity] = ofKind(proposals, "quantity");
    expect(quantity).toMatchObject({
      subject: "支援要員",
      value: 35000,
      unit: "人",
      asWritten: "約3万5000人規模",
      isApproximate: true,
    });
  });

  it("turns a list into one multi-valued fact", () => {
    const proposals = propose("両国は農業、漁業、観光の分野で協力することで合意した。");
    const list = ofKind(proposals, "event").find((e) => e.object);
    expect(list?.object).toEqual(["農業", "漁業", "観光"]);
    expect(list?.objectType).toBe("undertaking");
  });

  it("makes an article the content checks accept and the generator can ask about", () => {
    const body = [
      "ロシアのプーチン大統領は昨年6月、北朝鮮の金正恩総書記と平壌で会談した。",
      "北朝鮮は約1万1000人規模の兵士をロシアに派遣した。岸田文雄首相は「極めて遺憾だ」と述べた。",
      "両国は軍事、経済、科学技術の分野で協力することで合意した。",
    ];
    const proposals = propose(...body);
    const result = validateArticleData({
      file: "draft",
      expectedSlug: "draft",
      data: {
        slug: "draft",
        title: { ja: "下書き" },
        language: "ja",
        summary: { ja: "下書き" },
        sources: [
          {
            id: "news",
            publisher: "テスト新聞",
            title: null,
            url: "https://example.com/a",
            publishedDateAsWritten: "2025年9月1日",
            publishedDate: "2025-09-01",
          },
        ],
        entities: proposals.entities,
        sections: [{ id: "main", heading: { ja: "本文" }, body: body.map((text) => ({ text })) }],
        facts: proposals.facts.map((p) => p.fact),
      },
    });
    expect(result.issues).toEqual([]);
    expect(result.article && generateQuestions(result.article, { seed: "t" }).length).toBeGreaterThan(5);
  });
});
