/** A send's own id: a retried request carries the same one, so the server delivers once. */
export const newRequestId = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
