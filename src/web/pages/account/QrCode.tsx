import { useMemo } from 'react';
import { qrImage } from './qr';

/** The QR code of an address, drawn as SVG (no image URL, no canvas), dark on white for any theme. */
export function QrCode({ value, label, width = 200 }: { value: string; label: string; width?: number }) {
  const image = useMemo(() => qrImage(value), [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={width}
      viewBox={`0 0 ${image.size} ${image.size}`}
      shapeRendering="crispEdges"
      style={{ display: 'block' }}
    >
      <rect width={image.size} height={image.size} fill="#fff" />
      <path d={image.path} fill="#000" />
    </svg>
  );
}
