// Public entry point of @bauplan/collab; exports are listed explicitly as they land.
export {}
