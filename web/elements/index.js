// Every Roster element, for pages that want them all.
import './roster-header.js';
import './roster-accounts.js';
import './roster-users.js';
import './roster-partner-access.js';
import './roster-activity.js';
import './roster-access.js';
import './roster-settings.js';
import './roster-invitation.js';
import './roster-sign-in.js';
