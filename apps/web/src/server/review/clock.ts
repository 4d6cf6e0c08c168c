/** Where "now" comes from for scheduling; tests pass a fake one to move time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
