// Bumped when generated wording or keys change: attempts record the version that produced their questions.
// 2.0.0: stems are the editor's statements with a value blanked or swapped; wrong values pass a truth check against
//        every fact; review decides what is served (1.x questions are kept, retired, in retired.json).
export const GENERATOR_VERSION = "jiji-generator/2.0.0";
