// The only door into @bauplan/domain. Every public name is listed here explicitly.
export {}
