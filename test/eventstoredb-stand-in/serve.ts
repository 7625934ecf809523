/**
 * Runs the stand-in on its own, for trying the API's EventStoreDB wiring by hand:
 *   npm run stand-in            # prints the connection string, e.g. esdb://127.0.0.1:41234?tls=false
 *   EVENT_STORE=eventstoredb EVENTSTORE_CONNECTION_STRING=... npm start
 * Test support only: the log lives in memory and is gone when the process ends.
 */
import { EventStoreDbStandIn } from './stand-in-server';

EventStoreDbStandIn.start({ port: Number(process.env.STAND_IN_PORT ?? 0) }).then((standIn) => {
  console.log(standIn.connectionString);
  const stop = () => void standIn.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
