/**
 * Sends a file as the raw body of a POST, reporting upload progress. fetch cannot report the
 * progress of a request body, XMLHttpRequest can: a big import shows a moving bar while it
 * uploads, then an indeterminate one while the server checks every row.
 */
import { HttpError } from 'react-admin';

export interface UploadOptions {
  contentType: string;
  /** Fraction of the body sent, 0…1; `null` once it is all sent and the answer is awaited. */
  onProgress?: (fraction: number | null) => void;
  signal?: AbortSignal;
}

/** Resolves with the JSON of a 2xx answer; rejects with an HttpError carrying the JSON body otherwise. */
export function uploadFile(url: string, body: Blob, { contentType, onProgress, signal }: UploadOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.total ? event.loaded / event.total : 1);
    };
    request.upload.onload = () => onProgress?.(null);
    request.onload = () => {
      const json = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) return resolve(json);
      const message = isMessage(json) ? json.message : request.statusText || `HTTP ${request.status}`;
      reject(new HttpError(message, request.status, json));
    };
    request.onerror = () => reject(new HttpError('The upload failed: check the connection', 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function isMessage(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}
