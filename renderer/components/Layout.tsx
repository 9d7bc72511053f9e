import { Link, Outlet } from 'react-router';
import { HeaderLockButton } from '../features/lock/HeaderLockButton';
import { LockGate } from '../features/lock/LockGate';

/**
 * Skip link, header, one main landmark and footer around every screen. While the workspace is
 * locked, the main landmark holds only the unlock screen (LockGate).
 */
export function Layout() {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container">
          <Link to="/" className="app-header__name">
            Appeal Bundle
          </Link>
          <p className="app-header__tagline">Prepare an appeal to the SEND Tribunal</p>
          <HeaderLockButton />
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <LockGate>
            <Outlet />
          </LockGate>
        </main>
      </div>
      <footer className="app-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Appeal Bundle is an independent tool. It is not a government service and is not run by the Tribunal or by
            any council. Everything you enter stays on this computer.
          </p>
        </div>
      </footer>
    </>
  );
}

// Hash routing would treat "#main-content" as a route, so the skip link moves focus itself.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
