import { Link } from 'react-router'
import { useDocumentTitle } from '../components/use-document-title.ts'

export function NotFoundPage() {
  useDocumentTitle('Not found')
  return (
    <main id="main" className="auth-layout">
      <div className="auth-card">
        <h1>This page does not exist</h1>
        <p>The address may be mistyped, or the page was moved.</p>
        <Link to="/posts">Go to the posts</Link>
      </div>
    </main>
  )
}
