import type { NeutralText } from "./neutral.en";

/** The interface texts of the neutral group in Spanish: plain and warm, with "tú". Same keys as neutral.en.ts. */
export const neutralEs: NeutralText = {
  neutral: {
    pageTitle: "El tiempo",
    title: "El tiempo en Los Ángeles",
    body: "Hoy hace sol y una temperatura agradable. Algo de viento por la tarde. Más fresco por la noche.",
  },
};
