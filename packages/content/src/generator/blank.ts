/** The gap a cloze stem asks the student to fill; the quiz screen keeps it on one line. */
export const BLANK = "(  )";
