import { render } from 'preact';
import { DecisionsPage } from './decisions-page';
import { DiffPage } from './diff-page';
import { FindingsPage } from './findings-page';
import { GoalPage } from './goal-page';
import { MeetingPage } from './meeting-page';
import { MeetingsPage } from './meetings-page';
import { EventsPage } from './events-page';
import { SessionLinks, SignInPage } from './session';
import { StrategyPage } from './strategy-page';
import './style.css';

/** The pages by path under /ui/; an unknown path says so (the server sends this app for every /ui/ path). */
function App() {
  const path = location.pathname.replace(/^\/ui\/?/, '').replace(/\/$/, '');
  if (path === '' || path === 'strategy') return <StrategyPage />;
  if (path === 'decisions') return <DecisionsPage />;
  if (path === 'findings') return <FindingsPage />;
  if (path === 'diff') return <DiffPage />;
  if (path === 'meetings') return <MeetingsPage />;
  if (path === 'events') return <EventsPage />;
  if (path === 'sign-in') return <SignInPage />;
  const meeting = /^meetings\/([^/]+)$/.exec(path);
  if (meeting) return <MeetingPage meetingId={decodeURIComponent(meeting[1])} />;
  const goal = /^goals\/([^/]+)$/.exec(path);
  if (goal) return <GoalPage goalId={decodeURIComponent(goal[1])} />;
  return (
    <main>
      <h1>Fant ikke siden</h1>
      <p>
        <a href="/ui/strategy">Til strategien</a>
      </p>
    </main>
  );
}

// A page brought back from the browser's back/forward cache may show what an earlier session saw
// (a secretariat's drafts after signing out): it is read again, as whoever is signed in now.
addEventListener('pageshow', (event) => event.persisted && location.reload());

render(
  <>
    <header>
      <a href="/ui/strategy" class="brand">
        Beslutningslogg for Nasjonalt e-helsestyre
      </a>
      <nav aria-label="Hovedmeny">
        <a href="/ui/strategy">Strategien</a>
        <a href="/ui/diff">Endringer</a>
        <a href="/ui/meetings">Møter</a>
        <a href="/ui/decisions">Vedtak</a>
        <a href="/ui/findings">Riksrevisjonen</a>
        <a href="/ui/events">Loggen</a>
      </nav>
      <SessionLinks />
    </header>
    <App />
  </>,
  document.getElementById('app')!,
);
