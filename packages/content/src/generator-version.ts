// Bumped when generated wording or keys change: attempts record the version that produced their questions.
// 1.1.0: numeric stems blank the number inside the figure as written (第(  )次) instead of naming the unit;
//        event objects draw wrong options only from objects of the same type; no swap the sentence already holds.
export const GENERATOR_VERSION = "jiji-generator/1.1.0";
