/** Query of the footer's link to "About the texts" on the accessibility page: `#/accessibility?about=texts`. */
export const ABOUT_TEXTS_QUERY = 'about=texts';
