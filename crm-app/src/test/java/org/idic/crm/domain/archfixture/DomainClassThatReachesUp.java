package org.idic.crm.domain.archfixture;

import org.idic.crm.CrmApplication;

/** Test fixture only: a "domain" class importing the application, which the boundary rule must reject. */
public class DomainClassThatReachesUp {

    Class<?> upward() {
        return CrmApplication.class;
    }
}
