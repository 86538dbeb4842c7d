"""Prose pools for generated chats: app ideas, feature requests, phrasings, replies.

Kept as one module: it is data (phrase pools, no logic), read top to bottom like a word list.

Templates use ``{slot}`` markers filled by :mod:`transforms.simulator.conversation`. Plain slots
(``{entity}``, ``{table}``, ``{component}`` ...) come from the app context; upper-case slots
(``{PERSON}``, ``{EMAIL_ADDRESS}`` ...) are planted PII and get gold labels. Product names
(Git, PostHog, Windows, Supabase, Stripe, Vercel ...) appear on purpose: they are hard
negatives for NER.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppIdea:
    """What a user builds: a phrase for prompts plus the data model the code talks about."""

    phrase: str
    entity: str  # PascalCase type name
    table: str  # snake_case table name
    fields: tuple[str, ...]
    template: str  # apps.template
    words: tuple[str, ...]  # for app names


APP_IDEAS: tuple[AppIdea, ...] = (
    AppIdea(
        "a habit tracker",
        "Habit",
        "habits",
        ("name", "frequency", "streak", "last_done_at"),
        "crud",
        ("Habit", "Streak", "Daily"),
    ),
    AppIdea(
        "an invoicing tool for freelancers",
        "Invoice",
        "invoices",
        ("client_name", "amount_cents", "due_date", "status"),
        "saas-dashboard",
        ("Invoice", "Billable", "Paid"),
    ),
    AppIdea(
        "a recipe sharing site",
        "Recipe",
        "recipes",
        ("title", "ingredients", "prep_minutes", "author_id"),
        "crud",
        ("Recipe", "Cook", "Dish"),
    ),
    AppIdea(
        "a booking app for my yoga studio",
        "Booking",
        "bookings",
        ("class_id", "starts_at", "seats", "customer_email"),
        "saas-dashboard",
        ("Yoga", "Book", "Studio"),
    ),
    AppIdea(
        "a tiny CRM for a real-estate agency",
        "Lead",
        "leads",
        ("full_name", "budget", "stage", "agent_id"),
        "saas-dashboard",
        ("Lead", "Deal", "Pipe"),
    ),
    AppIdea(
        "an inventory dashboard for a coffee roastery",
        "Product",
        "products",
        ("sku", "name", "stock", "reorder_level"),
        "saas-dashboard",
        ("Roast", "Stock", "Bean"),
    ),
    AppIdea(
        "a job board for remote developers",
        "Job",
        "jobs",
        ("title", "company", "salary_min", "is_remote"),
        "crud",
        ("Remote", "Job", "Hire"),
    ),
    AppIdea(
        "a todo app with projects and due dates",
        "Task",
        "tasks",
        ("title", "done", "project_id", "due_on"),
        "crud",
        ("Task", "Todo", "Done"),
    ),
    AppIdea(
        "a workout log",
        "Workout",
        "workouts",
        ("exercise", "sets", "reps", "weight_kg"),
        "crud",
        ("Lift", "Gym", "Rep"),
    ),
    AppIdea(
        "an expense splitter for roommates",
        "Expense",
        "expenses",
        ("payer_id", "amount", "category", "split_between"),
        "crud",
        ("Split", "Share", "Owe"),
    ),
    AppIdea(
        "a support ticket system",
        "Ticket",
        "tickets",
        ("subject", "priority", "status", "assignee_id"),
        "saas-dashboard",
        ("Ticket", "Help", "Desk"),
    ),
    AppIdea(
        "a landing page with a newsletter signup",
        "Subscriber",
        "subscribers",
        ("email", "source", "confirmed", "created_at"),
        "landing-page",
        ("Launch", "Waitlist", "Hello"),
    ),
    AppIdea(
        "a plant watering reminder",
        "Plant",
        "plants",
        ("nickname", "species", "water_every_days", "last_watered_at"),
        "crud",
        ("Plant", "Leaf", "Sprout"),
    ),
    AppIdea(
        "an online menu with ordering for a pizza place",
        "Order",
        "orders",
        ("table_number", "items", "total", "status"),
        "shop",
        ("Pizza", "Menu", "Slice"),
    ),
    AppIdea(
        "a URL shortener",
        "Link",
        "links",
        ("slug", "target_url", "clicks", "owner_id"),
        "crud",
        ("Link", "Short", "Hop"),
    ),
    AppIdea(
        "a flashcards app for learning Spanish",
        "Card",
        "cards",
        ("front", "back", "deck_id", "due_at"),
        "crud",
        ("Flash", "Deck", "Learn"),
    ),
    AppIdea(
        "an AI chat widget for our docs",
        "Conversation",
        "conversations",
        ("visitor_id", "question", "answer", "rating"),
        "chat",
        ("Ask", "Docs", "Chat"),
    ),
    AppIdea(
        "a kanban board for my team",
        "Card",
        "board_cards",
        ("title", "column", "position", "assignee_id"),
        "saas-dashboard",
        ("Kanban", "Board", "Flow"),
    ),
    AppIdea(
        "a personal finance dashboard",
        "Transaction",
        "transactions",
        ("amount", "merchant", "category", "booked_at"),
        "saas-dashboard",
        ("Budget", "Money", "Ledger"),
    ),
    AppIdea(
        "a pet adoption site for a local shelter",
        "Pet",
        "pets",
        ("name", "species", "age_months", "adopted"),
        "crud",
        ("Paw", "Adopt", "Pet"),
    ),
    AppIdea(
        "a podcast episode manager",
        "Episode",
        "episodes",
        ("title", "audio_url", "duration_s", "published_at"),
        "crud",
        ("Pod", "Cast", "Episode"),
    ),
    AppIdea(
        "a volunteer shift scheduler",
        "Shift",
        "shifts",
        ("starts_at", "ends_at", "role", "volunteer_id"),
        "saas-dashboard",
        ("Shift", "Volunteer", "Roster"),
    ),
    AppIdea(
        "a waitlist page for my SaaS",
        "Signup",
        "signups",
        ("email", "referrer", "position", "invited"),
        "landing-page",
        ("Waitlist", "Early", "Beta"),
    ),
    AppIdea(
        "a car rental booking system",
        "Reservation",
        "reservations",
        ("car_id", "pickup_at", "return_at", "price"),
        "shop",
        ("Drive", "Rent", "Wheels"),
    ),
    AppIdea(
        "a book club tracker",
        "Book",
        "books",
        ("title", "author", "meeting_on", "rating"),
        "crud",
        ("Book", "Club", "Read"),
    ),
    AppIdea(
        "a weekly meal planner",
        "Meal",
        "meals",
        ("name", "day_of_week", "calories", "recipe_url"),
        "crud",
        ("Meal", "Plate", "Prep"),
    ),
    AppIdea(
        "a time tracking tool for agencies",
        "TimeEntry",
        "time_entries",
        ("project_id", "minutes", "billable", "note"),
        "saas-dashboard",
        ("Tick", "Hours", "Clock"),
    ),
    AppIdea(
        "a small online shop for handmade candles",
        "Product",
        "shop_products",
        ("title", "price_cents", "inventory", "image_url"),
        "shop",
        ("Candle", "Glow", "Wick"),
    ),
    AppIdea(
        "an internal tool to approve vacation requests",
        "LeaveRequest",
        "leave_requests",
        ("employee_id", "from_date", "to_date", "approved"),
        "crud",
        ("Leave", "Away", "PTO"),
    ),
    AppIdea(
        "a portfolio site with a contact form",
        "Message",
        "contact_messages",
        ("name", "email", "body", "handled"),
        "landing-page",
        ("Folio", "Studio", "Hello"),
    ),
    AppIdea(
        "a chat app with rooms",
        "ChatMessage",
        "chat_messages",
        ("room_id", "sender_id", "body", "sent_at"),
        "chat",
        ("Room", "Chat", "Ping"),
    ),
    AppIdea(
        "a multiplayer quiz game",
        "Question",
        "questions",
        ("prompt", "choices", "answer_index", "points"),
        "blank",
        ("Quiz", "Trivia", "Buzz"),
    ),
)

APP_NAME_SUFFIXES = ("ly", "Hub", "Flow", "Pal", "Base", "Kit", "io", " Pro", "Stack", "Buddy")
STACK_WORDS = {
    "react-ts": ("React + TypeScript", "React, Vite and Tailwind", "React with TypeScript"),
    "nextjs": ("Next.js", "Next.js 14 with the app router", "Next + Supabase"),
    "python-fastapi": ("FastAPI", "Python/FastAPI with Postgres", "a FastAPI backend"),
    "vue": ("Vue 3", "Vue with Pinia", "Vue + Vite"),
    "svelte": ("SvelteKit", "Svelte", "SvelteKit with Tailwind"),
}


@dataclass(frozen=True)
class Feature:
    """A feature request: the phrase, the component it produces, an npm package it may need."""

    phrase: str
    component: str
    package: str | None = None


FEATURES: tuple[Feature, ...] = (
    Feature("add dark mode with a toggle in the navbar", "ThemeToggle"),
    Feature("add login and signup with Supabase auth", "AuthForm", "@supabase/supabase-js"),
    Feature("add Stripe checkout for the pro plan", "CheckoutButton", "@stripe/stripe-js"),
    Feature("make the {table} table sortable and filterable", "DataTable", "@tanstack/react-table"),
    Feature("add a CSV export of all {table}", "ExportButton", "papaparse"),
    Feature("add a search bar that filters {table} as I type", "SearchBar"),
    Feature("paginate the {table} list, 20 per page", "Pagination"),
    Feature("send a welcome email when someone signs up", "WelcomeEmail", "resend"),
    Feature("add a chart of new {table} per week", "WeeklyChart", "recharts"),
    Feature("track page views and signups with PostHog", "Analytics", "posthog-js"),
    Feature("add a settings page where users can edit their profile", "SettingsPage"),
    Feature("make the whole thing responsive on mobile", "MobileNav"),
    Feature("let me reorder {table} with drag and drop", "SortableList", "@dnd-kit/core"),
    Feature("add image upload to Supabase storage", "ImageUpload", "@supabase/supabase-js"),
    Feature("add roles so admins can delete {table} and members can only edit", "RoleGuard"),
    Feature("add a hero section with a signup form at the top", "Hero"),
    Feature("show a toast when a {entity} is saved", "Toaster", "sonner"),
    Feature("add an API endpoint that returns {table} as JSON", "ApiRoute"),
    Feature("write unit tests for the {entity} form", "EntityForm.test", "vitest"),
    Feature("add a weekly summary email on Mondays", "WeeklyDigest"),
    Feature("cache the {table} query with React Query", "QueryProvider", "@tanstack/react-query"),
    Feature("add an admin dashboard with totals and revenue", "AdminDashboard"),
    Feature("add a form to create a new {entity} with validation", "EntityForm", "zod"),
    Feature("add a detail page for each {entity}", "EntityDetail"),
    Feature("add real-time updates when {table} change", "RealtimeList", "@supabase/supabase-js"),
    Feature("add German and Spanish translations", "LanguageSwitcher", "i18next"),
    Feature("add an empty state with an illustration when there are no {table}", "EmptyState"),
    Feature("add keyboard shortcuts (n for new, / for search)", "Shortcuts"),
    Feature("add a delete button with a confirm dialog", "ConfirmDialog"),
    Feature("let users invite teammates by email", "InviteForm"),
)

FEATURE_PHRASINGS = (
    "{feature}",
    "can you {feature}?",
    "please {feature}",
    "now {feature}",
    "ok next: {feature}",
    "I'd like to {feature}.",
    "Could you {feature}? {detail}",
    "hey, {feature} pls",
    "{Feature}. {detail}",
    "Next step: {feature}. {detail}",
    "Let's {feature}.",
    "is it possible to {feature}?",
    "{feature} and make sure it still works on mobile",
    "{Feature}!",
    "great, that works. now {feature}",
    "can we {feature}? {detail} {detail2}",
    "One more thing: {feature}.",
    "{detail} Can you {feature}?",
    "Would be nice to {feature}",
    "i want to {feature}, {detail_lc}",
)
DETAILS = (
    "Use Tailwind for styling.",
    "Keep it simple, no extra libraries.",
    "It should match the existing indigo/slate colors.",
    "Store everything in Supabase.",
    "Make sure it works with RLS enabled.",
    "I'm on Windows if that matters.",
    "I already pushed everything to Git.",
    "We use PostHog for analytics.",
    "Payments go through Stripe.",
    "It has to work in Safari too.",
    "We deploy on Vercel.",
    "Don't touch the navbar.",
    "Use shadcn/ui components if you can.",
    "The client demo is tomorrow morning.",
    "Keep the code in TypeScript please.",
    "Nothing fancy, a first version is fine.",
    "Follow the same pattern as the other pages.",
    "I use VS Code on a MacBook.",
    "My team uses Linear and GitHub for tickets.",
    "It should look good in Chrome and Firefox.",
    "Use the existing {entity} type.",
)

APP_PROMPTS = (
    "Build me {idea}. {detail}",
    "I want to create {idea} using {stack}.",
    "Can you make {idea}? Users should be able to add, edit and delete {table}.",
    "Create {idea}. Each {entity} needs {fields}.",
    "new project: {idea}, {stack}. {detail}",
    "hi! i need {idea} for a client, {stack} please",
    "Let's build {idea}. Start with the data model ({fields}) and a simple list page.",
    "I'm not a developer but I want {idea}. Can you set it up with {stack}?",
    "Make {idea} with a clean dashboard look. {detail}",
    "Start a {stack} app: {idea}. Fields for {entity}: {fields}.",
    "Please scaffold {idea}. Auth first, then the {table} page.",
    "I'd love {idea} — simple, fast, mobile friendly. {detail}",
)

QUESTIONS = (
    "why is the page blank after I log in?",
    "how do I connect my custom domain?",
    "what does RLS mean and do I need it for {table}?",
    "can you explain what useEffect does here?",
    "how do I roll back to the previous version?",
    "where do I put my OpenAI API key?",
    "is it safe to call Supabase directly from the browser?",
    "why is the build so slow?",
    "what's the difference between the anon key and the service role key?",
    "how many users can the free plan handle?",
    "can I export my code to GitHub?",
    "how do I run this locally on Windows?",
    "what is this `{entity}Props` type for?",
    "do I need a backend for {idea}?",
    "how do I add a favicon?",
    "why does it say hydration mismatch sometimes?",
    "Where are the {table} stored exactly?",
    "does this work with PostHog feature flags?",
    "how do I set up Stripe webhooks locally?",
    "Can you summarize what we changed today?",
)

# The answer to each of QUESTIONS, same order (an answer must address its question).
QUESTION_REPLIES = (
    "The page is blank because `session` is `null` on the first render after login; wait for "
    "`supabase.auth.getSession()` before rendering the dashboard and show a spinner meanwhile.",
    "Open *Settings* → *Domains*, add your domain, then create the CNAME record it shows at your "
    "DNS provider. The custom domain goes live once DNS has propagated, usually within an hour.",
    "RLS (row level security) makes Postgres check a policy for every row, so a user can only "
    "read {table} rows where `user_id = auth.uid()`. Yes, you need it for {table}: without it "
    "anyone with the anon key can read every row.",
    "`useEffect` runs after render; the dependency array `[userId]` makes it re-run only when "
    "the user changes, which avoids an infinite fetch loop.",
    "Open the version history in the top bar and click *Restore* on the version you want to "
    "roll back to; it creates a new commit so nothing is lost.",
    "Put your OpenAI API key in `.env.local` (it is git-ignored) and read it with "
    "`process.env.OPENAI_API_KEY` on the server only. In production add the same variable in "
    "your hosting provider's settings.",
    "Calling Supabase from the browser is safe as long as RLS is on: the anon key is meant to "
    "be public and only works together with your row policies. Never use the service role key "
    "in the browser.",
    "The build is slow mostly because of dependency installs; the preview caches `node_modules` "
    "between builds, so only the first build after adding a package takes long.",
    "The anon key is meant to be public; it only works together with your RLS policies. The "
    "service role key bypasses RLS, so it must only live on the server (never in `NEXT_PUBLIC_*`).",
    "The free plan handles a few hundred active users comfortably; the limits are database "
    "size (500 MB) and monthly bandwidth, which you can watch in the usage page.",
    "Yes: click *Export* → *GitHub*, pick a repo name, and every change is pushed to GitHub as "
    "a commit.",
    "To run it locally on Windows use PowerShell: `npm install` then `npm run dev`, and open "
    "http://localhost:5173.",
    "`{entity}Props` describes the props the `{entity}` component receives, so TypeScript "
    "checks every place that renders it.",
    "For {idea} you don't need your own backend: Supabase gives you the database, auth and "
    "storage, and an edge function covers the few server-side steps.",
    "To add a favicon, put `favicon.ico` (or `icon.png`) in the `public` folder and add "
    '`<link rel="icon" href="/favicon.ico">` to `index.html`.',
    "A hydration mismatch happens when the server HTML differs from the first client render, "
    "e.g. when you format dates with the browser locale. Render such values in a client-only "
    "component.",
    "The {table} are stored in the `{table}` table of your Supabase Postgres database; you can "
    "browse them in the Supabase table editor.",
    "Yes, PostHog feature flags work: initialise `posthog-js` once in the app root and call "
    "`posthog.isFeatureEnabled('flag-name')` where you need the flag.",
    "For Stripe webhooks locally, run `stripe listen --forward-to localhost:3000/api/webhooks` "
    "and copy the signing secret it prints into `STRIPE_WEBHOOK_SECRET`.",
    "Today we changed the {table} pages: new components, a fix for the build errors and "
    "smaller styling tweaks; the version history lists each change with its diff.",
)
assert len(QUESTION_REPLIES) == len(QUESTIONS)

ERROR_PASTE_INTROS = (
    "I get this error:",
    "build failed again",
    "still broken:",
    "now it says",
    "error:",
    "Getting this when I build:",
    "it doesn't compile",
    "the preview shows this:",
    "hmm, new error",
    "same problem, see below",
    "That broke something:",
    "help??",
    "It crashed with:",
    "deploy failed:",
    "This happens after your change:",
)
RUNTIME_PASTE_INTROS = (
    "The build works but the page crashes:",
    "when I click save I get",
    "console shows:",
    "it builds fine but in the browser:",
    "the app shows a white screen and this in devtools:",
    "runtime error after deploy:",
    "clicking the {entity} card throws",
)
THANKS = (
    "works now, thanks!",
    "perfect 👍",
    "great, that fixed it",
    "nice, looks good",
    "awesome",
    "ok that works",
    "thanks!! exactly what I wanted",
    "Looks great. Next?",
)

NON_ENGLISH = {
    "de": (
        "Kannst du bitte einen Dark Mode einbauen?",
        "Ich möchte eine App für {table} bauen, mit Login über Supabase.",
        "Der Build schlägt fehl, hier ist der Fehler:",
        "Funktioniert jetzt, danke! Als Nächstes bitte eine Suche für {table}.",
        "Die Tabelle soll sortierbar sein und auf dem Handy gut aussehen.",
        "Warum ist die Seite nach dem Login leer?",
        "Bitte füge einen Export als CSV hinzu.",
    ),
    "es": (
        "¿Puedes añadir un modo oscuro?",
        "Quiero crear una app para gestionar {table}.",
        "Me sale este error al compilar:",
        "Ya funciona, gracias. Ahora añade paginación.",
        "¿Cómo conecto mi dominio propio?",
        "Haz que el formulario valide los campos, por favor.",
    ),
    "fr": (
        "Peux-tu ajouter un bouton pour exporter les {table} ?",
        "J'ai cette erreur :",
        "Je voudrais une page d'accueil avec un formulaire d'inscription.",
        "Ça marche, merci ! Maintenant le mode sombre.",
        "Pourquoi la page est blanche ?",
    ),
    "pt": (
        "Você pode adicionar login com Google?",
        "Estou recebendo este erro:",
        "Quero um painel com o total de {table} por semana.",
        "Funcionou, valeu! Agora o modo escuro.",
    ),
    "nl": (
        "Kun je een zoekbalk toevoegen?",
        "Ik krijg deze foutmelding:",
        "Maak de lijst met {table} sorteerbaar alsjeblieft.",
    ),
    "it": (
        "Puoi aggiungere la modalità scura?",
        "Ho questo errore:",
        "Vorrei una pagina per gestire le {table}.",
    ),
}
COUNTRY_LANG = {
    "DE": "de",
    "AT": "de",
    "ES": "es",
    "MX": "es",
    "FR": "fr",
    "BR": "pt",
    "PT": "pt",
    "NL": "nl",
    "IT": "it",
}

# Prompts that plant personal data naturally (slots in capitals are labelled).
PII_USER_TEMPLATES = (
    "Add an admin account for {PERSON} ({EMAIL_ADDRESS}), she will manage the {table}.",
    "The contact page should show our phone {PHONE_NUMBER} and the address {LOCATION}.",
    "Send the weekly report to {EMAIL_ADDRESS} please.",
    "My name is {PERSON}, I run a small business in {CITY} and need {idea}.",
    "Seed the database with a test customer: {PERSON}, {EMAIL_ADDRESS}, {PHONE_NUMBER}.",
    "The payment failed for card {CREDIT_CARD}, can you check the checkout code?",
    "Put our bank details in the invoice footer: IBAN {IBAN_CODE}.",
    "Our API server is at {IP_ADDRESS}, add it to the allowed origins.",
    "I put a real SSN in the seed file by mistake ({US_SSN}), please replace it with a fake one.",
    "Default shipping address should be {LOCATION}.",
    "{PERSON} from my team says the login is broken on her phone.",
    "Can you make the footer say © {PERSON} and link to {EMAIL_ADDRESS}?",
    "call me if it's easier: {PHONE_NUMBER}",
    "The SSH tunnel goes through {IP_ADDRESS}, the db is behind it.",
    "Customer {PERSON} ({EMAIL_ADDRESS}) was charged twice on {CREDIT_CARD}, refund logic please.",
    "For the HR demo use employee {PERSON}, SSN {US_SSN}, phone {PHONE_NUMBER}.",
    "Payouts should go to {IBAN_CODE} (account holder {PERSON}).",
    "We're based in {CITY}, show that on the map component.",
    "Log in as {EMAIL_ADDRESS} to reproduce, the bug shows on the {table} page.",
    "hi, it's {PERSON} again. the {component} is still not showing anything",
    "Our office: {LOCATION}. Phone {PHONE_NUMBER}. Put both on the about page.",
    "Whitelist {IP_ADDRESS} and {IP_ADDRESS2} in the firewall rules doc.",
    "Add {PERSON} and {PERSON2} as editors.",
    "Test order for {PERSON}, deliver to {LOCATION}, paid with {CREDIT_CARD}.",
)
SECRET_USER_TEMPLATES = (
    "My OpenAI key is {OPENAI}, can you wire it up?",
    "here's the connection string: {DB_URL}",
    "I'm getting a 401 with header `Authorization: Bearer {BEARER}`",
    "this is the service role key, use it for the admin page: {SERVICE_JWT}",
    "use this token to push to GitHub: {GITHUB}",
    "AWS creds for the S3 upload: access key {AWS_ID} secret {AWS_SECRET}",
    "post the alerts to Slack with {SLACK}",
    "Google Maps isn't loading, my key is {GOOGLE}",
    "switch the model to Claude, key: {ANTHROPIC}",
    "Stripe secret is {STRIPE}, please set up the webhook",
    "Here's my .env, what's wrong?\n```env\n{ENV}\n```",
    "deploy key below\n```\n{PEM}\n```\nplease add it to the CI config",
    "this connection url keeps timing out: {DB_URL}",
    "I set OPENAI_API_KEY={OPENAI} in Vercel but it still says missing key",
    'curl -H "Authorization: Bearer {BEARER}" https://api.{app_slug}.com/v1/{table} returns 403',
    "my .env.local:\n{ENV}",
)
# Prompts with look-alikes only: nothing here may be labelled.
HARD_NEGATIVE_USER_TEMPLATES = (
    "The {entity} with id {uuid} doesn't show up, commit {sha7} broke it I think.",
    "Order 1029 has timestamp {unix_ts}, is that seconds or milliseconds?",
    "Ticket #{ten_digit} from our tracker: the {table} page loads forever.",
    "In the docs they use `OPENAI_API_KEY={placeholder}`, what do I replace it with?",
    "The Supabase anon key is public right? `{ANON_JWT}`",
    "npm says {package} is deprecated, should I switch?",
    "Can you check src/components/{component}.tsx? git log shows {sha40}.",
    "I'm on Windows 11 with Node 20.11.1, the app runs on http://localhost:3000.",
    "the server listens on 0.0.0.0:8000 and 127.0.0.1 works, but not from my phone",
    "Stripe publishable key is {PK_LIVE}, where does it go?",
    "PostHog shows event id {uuid} twice. Is Git LFS needed for the images?",
    "Use price id {stripe_obj} for the pro plan.",
)

ASSISTANT_OPENERS = (
    "Sure! ",
    "Great idea. ",
    "Done. ",
    "Good catch. ",
    "Here's how. ",
    "Absolutely. ",
    "",
    "",
    "Got it. ",
    "Okay! ",
    "Nice. ",
    "On it. ",
)
FEATURE_INTROS = (
    "I've added `{component}` in `{path}` and wired it into the main page.",
    "I created a new `{component}` component and connected it to the `{table}` table.",
    "Here's a `{component}` that does that; it lives in `{path}`.",
    "I updated `{path}` so the {table} view now supports this.",
    "This needs a small `{component}` component plus a change to the data fetching.",
)
CHANGE_BULLETS = (
    "- New component `{component}` with loading and error states",
    "- `{table}` are fetched once and cached",
    "- Styling uses Tailwind utility classes only",
    "- Added a `{entity}` TypeScript type shared by the page and the form",
    "- The button is disabled while saving",
    "- Errors are shown with a toast instead of `alert()`",
    "- Queries respect RLS, so users only see their own {table}",
    "- Empty state when there are no {table} yet",
    "- Added `aria-label`s for accessibility",
)
INSTALL_NOTES = (
    "Run `npm install {package}` if it isn't installed yet.",
    "You'll need `{package}`: `npm i {package}`.",
    "I added `{package}` to package.json; the preview installs it automatically.",
)
CLOSINGS = (
    "Let me know if you want a different layout.",
    "Want me to add tests for this too?",
    "Next we could add pagination.",
    "Try it in the preview and tell me what you think.",
    "Should I also handle the empty state?",
    "",
    "",
    "Anything else you'd like to change?",
)
FIX_INTROS = (
    "The build fails because {cause}",
    "That error means {cause}",
    "Thanks for the log: {cause}",
    "Ah, {cause}",
    "I see the problem: {cause}",
    "Sorry about that, {cause}",
)
FIX_OUTROS = (
    "This should build now.",
    "That fixes the type error.",
    "Rebuilding should pass now.",
    "Give it another try.",
    "I also double-checked the imports.",
    "",
)
QUESTION_ANSWERS = (
    "Good question. {answer}",
    "{answer}",
    "Short answer: {answer}",
    "Here's what's going on. {answer}",
)
GENERIC_ANSWERS = (
    "The anon key is meant to be public; it only works together with your RLS policies. The "
    "service role key bypasses RLS, so it must only live on the server (never in `NEXT_PUBLIC_*`).",
    "Put secrets in `.env.local` (it is git-ignored) and read them with "
    "`process.env.OPENAI_API_KEY` on the server. In production add the same variable in "
    "your hosting provider's settings.",
    "The page is blank because `session` is `null` on the first render; we should wait for "
    "`supabase.auth.getSession()` before rendering the dashboard.",
    "Open the version history in the top bar and click *Restore* on the version you want; it "
    "creates a new commit so nothing is lost.",
    "`useEffect` runs after render; the dependency array `[userId]` makes it re-run only when the "
    "user changes, which avoids an infinite fetch loop.",
    "A hydration mismatch happens when the server HTML differs from the first client render, e.g. "
    "when you format dates with the browser locale. Render such values in a client-only component.",
    "For Stripe webhooks locally, run `stripe listen --forward-to localhost:3000/api/webhooks` and "
    "copy the signing secret it prints into `STRIPE_WEBHOOK_SECRET`.",
    "On Windows use PowerShell: `npm install` then `npm run dev`, and open http://localhost:5173.",
    "RLS (row level security) makes Postgres check a policy for every row, so a user can only "
    "read rows where `user_id = auth.uid()`. Without it, anyone with the anon key can read "
    "every row.",
    "Yes: click *Export* → *GitHub*, pick a repo name, and every change is pushed as a commit.",
)
FEEDBACK_COMMENTS = {
    "thumbs_up": (
        "exactly what I needed",
        "clean code, thanks",
        "fast and correct",
        "love the design",
        "this fixed it",
        "great explanation",
    ),
    "thumbs_down": (
        "it broke my layout",
        "you removed my CSS again",
        "didn't fix the error",
        "too complicated",
        "ignored what I asked",
        "why did it delete the navbar?",
        "hallucinated a package that doesn't exist",
        "still the same error",
        "funktioniert nicht",
        "no funciona",
    ),
}
PII_FEEDBACK_TEMPLATES = (
    "broke the checkout for {PERSON}, please call {PHONE_NUMBER}",
    "contact me at {EMAIL_ADDRESS} about this bug",
    "it showed {PERSON}'s data to the wrong user",
    "my client {PERSON} lost her {table}",
)
