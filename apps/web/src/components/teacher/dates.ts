/** A Date as `<input type="datetime-local">` wants it, in Japan time (the zone the server reads it in). */
export function toJapanInputValue(date: Date): string {
  const shifted = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 16);
}
