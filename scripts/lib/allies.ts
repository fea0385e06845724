// The allies' codes as the generators check raw files against them: written here, not read from the
// library, so that a generator does not depend on the table it generates.

/** The 32 allies by ISO 3166 code, in NATO's order. */
export const ALLY_CODES: readonly string[] =
  'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US'.split(' ');
