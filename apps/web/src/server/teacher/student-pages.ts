// The report lists a class's students a page at a time (the class's statistics always cover everyone, and the
// CSV holds every row): a class of 200 reads as quickly as a class of 30, on a phone too.

export const STUDENTS_PER_PAGE = 30;

export type StudentPage = {
  /** 1-based. */
  page: number;
  pages: number;
  /** Slice bounds into the students array: [start, end). */
  start: number;
  end: number;
  total: number;
};

/** The page asked for in `?students=`, or the first; a page past the end shows the last. */
export function studentPage(total: number, requested: unknown, size = STUDENTS_PER_PAGE): StudentPage {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = typeof requested === "string" && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(asked, 1), pages);
  const start = (page - 1) * size;
  return { page, pages, start, end: Math.min(start + size, total), total };
}
