/** The human part of anything thrown: AppError's message already names the reason. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
