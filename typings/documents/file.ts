/** Where a stored file belongs: an article's media, a notice's attachments, a generated export. */
export type FilePlace = 'news' | 'notice' | 'activity' | 'school' | 'export';

/**
 * Collection `files`: a cloud storage file whose path the server chose. A link to a file is
 * signed only for readers of the place it belongs to, never for an id a client merely names.
 */
export interface FileDoc {
  _id: string;
  cloudPath: string;
  place: FilePlace;
  /** The article or notice it was first saved with; null until then, and for an export. */
  placeId: string | null;
  /** The member the path was issued to. */
  ownerId: string;
  /** The full `cloud://` id, fixed when first saved with its place (an export's at upload). */
  fileID: string | null;
  /** When an export's link expires, after which the file is removed; null for the others. */
  expiresAt: Date | null;
  createdAt: Date;
}
