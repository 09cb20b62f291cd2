export * from "./sign-in";
