// Bumped when generated wording or keys change: attempts record the version that produced their questions.
// 1.1.0: numeric stems blank the number inside the figure as written (第(  )次) instead of naming the unit.
export const GENERATOR_VERSION = "jiji-generator/1.1.0";
