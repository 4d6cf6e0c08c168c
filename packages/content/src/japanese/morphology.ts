// The one place the morphological analyser (kuromoji 0.1.2 with its bundled IPADIC) is loaded.
// Why kuromoji: it installs from npm with its dictionary and runs offline here; the maintained
// alternatives (sudachi, mecab bindings) need native builds or a dictionary download.
// The dictionary takes about 0.8 s to load, so it is loaded once per process, on first use.
import path from "node:path";
import kuromoji from "kuromoji";

export type Token = {
  /** The text as written. */
  surface: string;
  /** Part of speech (名詞, 動詞, 助詞, …) and its first subdivision (固有名詞, 数, 一般, …). */
  pos: string;
  posDetail: string;
  /** 人名, 組織, 地域 for proper nouns; "" otherwise. */
  properKind: string;
  /** For 地域: 国 for a country, 一般 otherwise; "" for other tokens. */
  properSubKind: string;
  /** Dictionary form. */
  base: string;
  /** Reading in hiragana, or "" where the dictionary has none (unknown words, symbols). */
  reading: string;
  /** Offset of the token in the analysed text (UTF-16 code units). */
  start: number;
};

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Tokenizer> | undefined;

/**
 * The dictionary folder inside the installed kuromoji package, found by Node at run time. A bundler (Next's server
 * build) rewrites a literal require.resolve into a module id, so the lookup goes through Node's own module API.
 */
function dictionaryPath(): string {
  const { createRequire } = process.getBuiltinModule("node:module");
  const nodeRequire = createRequire(import.meta.url);
  const manifest = ["kuromoji", "package.json"].join("/");
  return path.join(path.dirname(nodeRequire.resolve(manifest)), "dict");
}

/** Loads the dictionary once per process; later calls share the same tokenizer. */
export function loadAnalyser(): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        loading = undefined;
        reject(error);
      } else resolve(tokenizer);
    });
  });
  return loading;
}

/** Katakana to hiragana (ヴ and the small ヵヶ stay as they are, as in newspaper furigana). */
export function toHiragana(katakana: string): string {
  return katakana.replace(/[ァ-ヴ]/g, (ch) =>
    ch === "ヴ" ? ch : String.fromCharCode(ch.charCodeAt(0) - 0x60),
  );
}

export function tokenize(tokenizer: Tokenizer, text: string): Token[] {
  return tokenizer.tokenize(text).map((t) => ({
    surface: t.surface_form,
    pos: t.pos,
    posDetail: t.pos_detail_1,
    properKind: t.pos_detail_1 === "固有名詞" ? t.pos_detail_2 : "",
    properSubKind: t.pos_detail_1 === "固有名詞" && t.pos_detail_3 !== "*" ? t.pos_detail_3 : "",
    base: t.basic_form === "*" ? t.surface_form : t.basic_form,
    reading: t.reading && t.reading !== "*" ? toHiragana(t.reading) : "",
    start: t.word_position - 1,
  }));
}

/** Analyses text with the shared tokenizer, loading the dictionary on first use. */
export async function analyse(text: string): Promise<Token[]> {
  return tokenize(await loadAnalyser(), text);
}
