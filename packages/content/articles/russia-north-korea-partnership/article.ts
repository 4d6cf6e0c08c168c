import type { ArticleMetaInput } from "../../src/schemas/article-schema";

export const article = {
  slug: "russia-north-korea-partnership",
  title: {
    ja: "北朝鮮とロシアの軍事協力強化?首脳会談と条約締結の裏側を徹底解説!",
    en: "Russia and North Korea deepen military ties: the summits and the partnership treaty",
  },
  language: "ja",
  summary: {
    ja: "プーチン大統領と金正恩総書記の蜜月関係が加速!2024年6月には相互支援条約を締結し、軍事協力と制裁突破を目指す。ウクライナ情勢を背景に、北朝鮮はロシアへの軍事支援を強化。専門家は、国際情勢への影響を警告。",
    en: "Putin and Kim Jong Un grow closer: a mutual-support treaty in June 2024, military cooperation and sanction-busting against the background of the war in Ukraine; experts warn of the international impact.",
  },
  sections: [
    {
      id: "overview",
      heading: { ja: "ロ朝首脳会談と包括的戦略パートナーシップ条約締結の詳細", en: "Overview" },
      sourceIds: ["seed-page"],
    },
    {
      id: "military-cooperation",
      heading: {
        ja: "軍事的連携の深化:ウクライナ情勢と北朝鮮軍の役割",
        en: "Deeper military ties: Ukraine and the role of North Korean troops",
      },
      printedDate: "2023/10/13",
      sourceIds: ["mainichi-vostochny-summit", "seed-page"],
      conflicts: [
        {
          field: "printedDate",
          values: ["2023/10/13(節の公開日表記)", "ウクライナ終戦協議中のショイグ書記派遣(2025年の文脈)"],
          note: "節の公開日は2023年だが、本文はそれより後の出来事(終戦協議中の派遣)も述べている",
        },
      ],
    },
    {
      id: "security-and-economy",
      heading: {
        ja: "安全保障と経済的利益の追求:観光産業と派兵の可能性",
        en: "Security and economic interests: tourism and possible troop deployments",
      },
      printedDate: "2024/06/20",
      sourceIds: ["reuters-partnership-treaty", "seed-page"],
    },
    {
      id: "new-year",
      heading: {
        ja: "新たな年の幕開け:協力の継続と軍事力の誇示",
        en: "A new year: continued cooperation and a show of military strength",
      },
      printedDate: "2024/06/19",
      sourceIds: ["asahi-putin-visit", "seed-page"],
      conflicts: [
        {
          field: "printedDate",
          values: ["2024/06/19(節の公開日表記)", "2025年の新年を前にした書簡(本文)"],
          note: "2024年6月19日付の節が、その半年後の新年書簡と「昨年6月」の条約締結を述べている",
        },
      ],
    },
    {
      id: "conclusion",
      heading: { ja: "まとめ", en: "Conclusion" },
      sourceIds: ["seed-page"],
    },
  ],
  sources: [
    {
      id: "mainichi-vostochny-summit",
      publisher: "毎日新聞",
      title:
        "金正恩氏、ロシアのウクライナ侵攻を支持 ボストーチヌイ宇宙基地でロ朝首脳会談(見出しは転載元に記載なし・要約から記述)",
      isTitleAsPublished: false,
      url: "https://mainichi.jp/articles/20230913/k00/00m/030/401000c",
      publishedDateAsWritten: "2023/10/13",
      publishedDate: "2023-10-13",
      conflicts: [
        {
          field: "publishedDate",
          values: ["2023-10-13(ページの公開日表記 2023/10/13)", "2023-09-13(URL内の日付 20230913)"],
          note: "公開日表記とURLの日付が1か月ずれている。どちらが正しいかはこのテキストからは決められないため両方を保持する",
        },
      ],
    },
    {
      id: "reuters-partnership-treaty",
      publisher: "ロイター",
      title: "北朝鮮とロシア、包括的戦略パートナーシップ条約を締結(見出しは転載元に記載なし・要約から記述)",
      isTitleAsPublished: false,
      url: "https://jp.reuters.com/world/security/BXUGEDGPWJIKHJWRKGP7TFQG3Q-2024-06-20/",
      publishedDateAsWritten: "2024/06/20",
      publishedDate: "2024-06-20",
    },
    {
      id: "asahi-putin-visit",
      publisher: "朝日新聞デジタル",
      title: "プーチン大統領が24年ぶりに訪朝、相互援助の条約に署名(見出しは転載元に記載なし・要約から記述)",
      isTitleAsPublished: false,
      url: "https://www.asahi.com/articles/ASS6M43Y2S6MUHBI02QM.html",
      publishedDateAsWritten: "2024/06/19",
      publishedDate: "2024-06-19",
    },
    {
      id: "seed-page",
      publisher: "まとめ記事(発行元の記載なし)",
      title: "北朝鮮とロシアの軍事協力強化?首脳会談と条約締結の裏側を徹底解説!",
      url: null,
      publishedDateAsWritten: null,
      publishedDate: null,
    },
  ],
  excludedLines: [
    {
      text: "えー、なんかすごいことになってる。ウクライナの戦争のことで、こんなにも色んな国が関係してるんだ…。怖いけど、もっと知りたいな。",
      reason: "読者役の感想で、事実の主張ではない",
    },
    {
      text: "えー、すごい!プーチン大統領、金正恩委員長に車プレゼントしたんだ!仲良しアピール?でも、武力行使で相互援助とか、ちょっと怖いな…",
      reason: "読者役の感想。内容は高級車贈呈・相互援助の事実と重複",
    },
    {
      text: "プーチン大統領のウクライナでの戦況悪化を受け、北朝鮮との連携を強化する動きは、国際情勢をさらに複雑化させますね。北朝鮮軍の追加派兵の可能性も気になります。",
      reason: "筆者の感想。同じ主張は本文の事実・評価として別に記録",
    },
    {
      text: "休戦協議中に北朝鮮軍の投入が有利と判断されたという点は、非常に興味深いですね。観光産業活性化の議論も、制裁の影響を考慮すると納得できます。",
      reason: "筆者の感想。判断の内容は motive の評価として記録",
    },
    {
      text: "プーチン大統領が北朝鮮を訪問し、高級車を贈呈するなど、蜜月ぶりをアピールしているのは象徴的ですね。軍事協力の継続を示唆する発言も、今後の展開を左右するでしょう。",
      reason: "筆者の感想",
    },
    {
      text: "本日の記事では、ロ朝関係の深化と、国際社会への影響について解説しました。今後の動向から目が離せませんね。",
      reason: "締めの定型文",
    },
  ],
} satisfies ArticleMetaInput;
