// Words a middle-school reader of the news already knows: the glossary proposer never offers them.
// Kept short on purpose: the proposer only suggests, an editor confirms each term.
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
国 国際 国内 国民 両国 世界 地域 日本 政府 政治 経済 社会 会社 関係 問題 情報 内容 理由 結果 目的 意味 必要 重要
可能 可能性 今回 今後 今年 昨年 来年 年 月 日 時間 期間 時代 現在 最近 当日 本日 新年 前 後 中 間 方 人 人々 者
大統領 首相 首脳 会談 会議 会見 発表 発言 表明 説明 記事 報道 新聞 ニュース 確認 判断 考慮 検討 議論 協議 合意
支持 支援 協力 連携 強化 継続 開始 再開 終了 実行 実施 活動 行動 計画 予定 準備 参加 訪問 出席 派遣 招待
意見 見方 考え 思い 気持ち 言葉 声 姿勢 立場 役割 影響 変化 状況 情勢 事態 背景 原因 結果 対応 対策 対立
戦争 平和 安全 危険 軍 軍事 兵士 武器 攻撃 防衛 作戦 戦い 勝利 敗北 力 強さ 大きさ 規模 数 人数 以上 以下 約
技術 科学 教育 文化 歴史 観光 産業 企業 市場 価格 貿易 輸出 輸入 お金 費用 利益 損失 生活 健康 病気 感染症
場合 場所 部分 全体 一部 一方 他方 全面 特別 普通 新型 最大 最初 最後 中心 周辺 左右 上下 内外 東西 南北
首都 都市 地方 政府 議会 選挙 法律 条約 約束 決定 決議 規則 禁止 反対 賛成 批判 非難 懸念 期待 不安 心配
`
    .split(/\s+/)
    .filter(Boolean),
);
