/** A share (0–1) as Dutch text with one decimal: 0.615 → "61,5 %". */
export const dutchPercent = (share: number): string => `${Math.round(share * 1000) / 10} %`.replace('.', ',');
