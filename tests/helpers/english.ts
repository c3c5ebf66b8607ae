/** Messages (an error's field errors, a verdict) as an English reader gets them, for engine tests that call below the HTTP layer. */
import { renderMessages } from '../../server/engine/messages/message.ts';

export const english = <T>(value: T) => renderMessages(value, 'en');
