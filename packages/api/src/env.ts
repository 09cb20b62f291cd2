/** The api's configuration from the environment (the one place that reads process.env). */
export const isProduction = () => process.env.NODE_ENV === "production";
