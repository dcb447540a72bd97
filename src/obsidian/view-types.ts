// The view types Ascent registers (a module of their own so that opening a view needs no view's code).
export const VIEW_TYPE = "ascent-sidebar";
export const CALENDAR_VIEW = "ascent-calendar";
