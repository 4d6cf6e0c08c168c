import type { ArticleMetaInput } from "../../src/schemas/article-schema";

export const article = {
  slug: "tokyo-skytree-opening",
  title: { ja: "東京スカイツリーの完成と開業", en: "Tokyo Skytree: completion and opening" },
  language: "ja",
  summary: {
    ja: "高さ634mの東京スカイツリーは2012年2月29日に完成し、同年5月22日に開業した。",
    en: "The 634 m Tokyo Skytree was completed on 29 February 2012 and opened on 22 May 2012.",
  },
  sections: [
    { id: "completion", heading: { ja: "完成まで", en: "Construction" }, sourceIds: ["resemom-completion"] },
    { id: "opening", heading: { ja: "開業の日", en: "Opening day" }, sourceIds: ["wikinews-opening"] },
  ],
  sources: [
    {
      id: "resemom-completion",
      publisher: "リセマム(RBB TODAY 配信)",
      title: "東京スカイツリー、本日雪の中完成",
      url: "https://resemom.jp/article/2012/02/29/6569.html",
      publishedDateAsWritten: "2012/02/29",
      publishedDate: "2012-02-29",
    },
    {
      id: "wikinews-opening",
      publisher: "ウィキニュース",
      title: "世界一の自立鉄塔「東京スカイツリー」開業",
      url: "https://ja.wikinews.org/wiki/%E4%B8%96%E7%95%8C%E4%B8%80%E3%81%AE%E8%87%AA%E7%AB%8B%E9%89%84%E5%A1%94%E3%80%8C%E6%9D%B1%E4%BA%AC%E3%82%B9%E3%82%AB%E3%82%A4%E3%83%84%E3%83%AA%E3%83%BC%E3%80%8D%E9%96%8B%E6%A5%AD",
      publishedDateAsWritten: "2012年5月22日",
      publishedDate: "2012-05-22",
    },
  ],
} satisfies ArticleMetaInput;
