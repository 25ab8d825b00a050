/**
 * The time every access decision is taken at (share expiry, due dates). The system clock in
 * production; tests move it to prove that an expiry ends access by itself, with no job.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: from now on `now()` reads as `at` plus the time that passes. */
  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
