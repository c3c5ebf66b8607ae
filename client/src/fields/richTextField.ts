// The chunk LazyRichTextField.tsx loads: react-admin's field, and with it DOMPurify.
export { RichTextField as default } from 'react-admin';
