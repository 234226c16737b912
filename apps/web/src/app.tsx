// The SPA: providers (API, session, content language) and the screens. Everything except the
// sign-in, forgot and reset screens sits behind RequireSignIn.
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { ApiProvider } from './api/api-provider.tsx'
import { AppLayout } from './components/app-layout.tsx'
import { ContentLocaleProvider } from './locale/content-locale-provider.tsx'
import { AccountPage } from './pages/account/account-page.tsx'
import { ForgotPasswordPage } from './pages/auth/forgot-password-page.tsx'
import { ResetPasswordPage } from './pages/auth/reset-password-page.tsx'
import { SignInPage } from './pages/auth/sign-in-page.tsx'
import { HeaderPage } from './pages/header/header-page.tsx'
import { MediaPage } from './pages/media/media-page.tsx'
import { NotFoundPage } from './pages/not-found-page.tsx'
import { PostEditorPage } from './pages/posts/post-editor-page.tsx'
import { PostsPage } from './pages/posts/posts-page.tsx'
import { RequireSignIn } from './session/require-sign-in.tsx'
import { SessionProvider } from './session/session-provider.tsx'

export function App() {
  return (
    <ApiProvider>
      <BrowserRouter>
        <SessionProvider>
          <ContentLocaleProvider>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route path="/reset/:token" element={<ResetPasswordPage />} />
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
                <Route path="/account" element={<AccountPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </ContentLocaleProvider>
        </SessionProvider>
      </BrowserRouter>
    </ApiProvider>
  )
}
