// The SPA: providers (API, session, content language) and the screens. Everything except the
// sign-in, forgot, reset and sign-out screens sits behind RequireSignIn. A data router (not
// <BrowserRouter>): editors with unsaved changes hold navigation back with useBlocker, which
// only a data router supports. The providers sit outside it, as none of them uses the router.
import { createBrowserRouter, createRoutesFromElements, Navigate, Route } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { ApiProvider } from './api/api-provider.tsx'
import { AppLayout } from './components/app-layout.tsx'
import { ContentLocaleProvider } from './locale/content-locale-provider.tsx'
import { AccountPage } from './pages/account/account-page.tsx'
import { ForgotPasswordPage } from './pages/auth/forgot-password-page.tsx'
import { ResetPasswordPage } from './pages/auth/reset-password-page.tsx'
import { SignInPage } from './pages/auth/sign-in-page.tsx'
import { SignOutPage } from './pages/auth/sign-out-page.tsx'
import { HeaderPage } from './pages/header/header-page.tsx'
import { MediaPage } from './pages/media/media-page.tsx'
import { NotFoundPage } from './pages/not-found-page.tsx'
import { PeoplePage } from './pages/people/people-page.tsx'
import { PostEditorPage } from './pages/posts/post-editor-page.tsx'
import { PostsPage } from './pages/posts/posts-page.tsx'
import { RequireSignIn } from './session/require-sign-in.tsx'
import { SessionProvider } from './session/session-provider.tsx'

const router = createBrowserRouter(
  createRoutesFromElements(
    <>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/reset/:token" element={<ResetPasswordPage />} />
      <Route path="/sign-out" element={<SignOutPage />} />
      <Route
        element={
          <RequireSignIn>
            <AppLayout />
          </RequireSignIn>
        }
      >
        <Route index element={<Navigate to="/posts" replace />} />
        <Route path="/posts" element={<PostsPage />} />
        <Route path="/posts/new" element={<PostEditorPage />} />
        <Route path="/posts/:id" element={<PostEditorPage />} />
        <Route path="/media" element={<MediaPage />} />
        <Route path="/header" element={<HeaderPage />} />
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/account" element={<AccountPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </>,
  ),
)

export function App() {
  return (
    <ApiProvider>
      <SessionProvider>
        <ContentLocaleProvider>
          <RouterProvider router={router} />
        </ContentLocaleProvider>
      </SessionProvider>
    </ApiProvider>
  )
}
