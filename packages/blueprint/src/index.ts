// Public entry point of @bauplan/blueprint; exports are listed explicitly as they land.
export {}
