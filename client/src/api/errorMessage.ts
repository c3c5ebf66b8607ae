/** The words to show for a failed request: the server's own message when it sent one. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}
