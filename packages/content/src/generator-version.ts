export const GENERATOR_VERSION = "jiji-generator/1.0.0";
