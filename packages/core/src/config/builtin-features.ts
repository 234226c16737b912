// The collection features that ship with core. buildConfig imports this module, so `auth` and
// `upload` work whatever the application imported first (features register on import).
import '../auth/auth-feature.ts'
import '../uploads/upload-feature.ts'
