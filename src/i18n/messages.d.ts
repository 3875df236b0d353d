/** A catalogue parsed by the build (scripts/vite-plugin-icu-catalogs): ICU messages as ASTs. */
declare module "*.json?messages" {
  const messages: import("@/i18n/translator").Messages;
  export default messages;
}
