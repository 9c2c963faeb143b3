import { createContext, useContext } from "react";

/**
 * The CSP nonce of the response being rendered, provided by entry.server.tsx. In the browser it is
 * empty: the inline scripts already ran, and browsers hide a nonce from the page anyway.
 */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
