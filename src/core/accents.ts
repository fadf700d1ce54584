/** Text compared without its accents: "débit" as "debit", "Währung" as "Wahrung", "Libellé" as "Libelle". */
export function withoutAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
