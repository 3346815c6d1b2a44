/** A phone number for paper: the middle digits hidden (138****5678), as the school's templates do. */
export function hidePhoneDigits(phone: string): string {
  if (phone.includes('*')) return phone;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
