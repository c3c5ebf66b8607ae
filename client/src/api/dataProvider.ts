import simpleRestProvider from 'ra-data-simple-rest';
import { httpClient } from './httpClient.ts';

/** Every resource lives at <apiUrl>/<name> and speaks ra-data-simple-rest's protocol. */
export const createDataProvider = (apiUrl = '/api') => simpleRestProvider(apiUrl, httpClient);

export const dataProvider = createDataProvider();
