// A reader thread of src/integrations/page-reader.ts: reads the files the main thread asks for, one after
// another, and posts each result back; at the end, the search terms none of its pages used.
import { parentPort, workerData } from 'node:worker_threads';
import { fileReader, type FromReader, type ReaderContext, type ToReader } from './page-reader.ts';

const reader = fileReader(workerData as ReaderContext);
const port = parentPort!;
const post = (message: FromReader) => port.postMessage(message);
port.on('message', (message: ToReader) => {
  if ('done' in message) return post({ unused: reader.unused() });
  try {
    post({ read: message.read, result: reader.read(message.file) });
  } catch (error) {
    post({ read: message.read, error });
  }
});
