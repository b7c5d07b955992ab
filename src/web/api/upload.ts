/**
 * File uploads with progress. The file is the request body (the server streams it into the parser);
 * XMLHttpRequest, unlike fetch, reports upload progress, and its growing responseText lets the page
 * follow NDJSON progress lines while the server works.
 */
import { ApiError } from './client';

export interface UploadProgress {
  /** 0–1 of the file sent. */
  sent: number;
}

export function uploadFile<T>(
  path: string,
  file: Blob,
  options: { onProgress?: (p: UploadProgress) => void; onLine?: (line: unknown) => void } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.withCredentials = true;
    let consumed = 0;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < consumed) return;
      for (const line of text.slice(consumed, end).split('\n')) {
        if (line.trim()) options.onLine?.(JSON.parse(line));
      }
      consumed = end + 1;
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.({ sent: e.loaded / e.total });
    };
    xhr.onprogress = () => {
      if (options.onLine && xhr.status === 200) readLines();
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        if (options.onLine) {
          readLines();
          resolve(undefined as T);
        } else resolve(JSON.parse(xhr.responseText) as T);
        return;
      }
      let body: {
        error?: { code?: string; message?: string; issues?: { field: string; message: string }[] };
      } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // Not JSON: the message below is generic.
      }
      reject(
        new ApiError(
          xhr.status,
          body.error?.code ?? 'internal',
          body.error?.message ?? '',
          body.error?.issues ?? [],
        ),
      );
    };
    xhr.send(file);
  });
}
